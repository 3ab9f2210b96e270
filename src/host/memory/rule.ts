import { HostObject, NO_SUCH_PROPERTY } from './client';
import { guardWritable } from './context';
import type { FormatTarget } from './formats';
import type { MemoryFormat } from './model';

/** Marks a sheet's formats changed, refusing a protected sheet. */
export function changed(t: FormatTarget, location: string): void {
  guardWritable(t.sheet, location);
  t.sheet.changes.formats = true;
}

/** A rule property set (the formula, a fill or font of the rule), counted as a rule call. */
abstract class RulePart extends HostObject<FormatTarget> {
  protected setRule(name: string, value: unknown, apply: (f: MemoryFormat) => void): void {
    this.context._queue(this, name, value, (t) => {
      changed(t, `ConditionalFormat.${name}`);
      apply(t.format);
    }, 'rule');
  }
}

export class HostRule extends RulePart {
  get formula(): string {
    return this._get('formula');
  }
  set formula(v: string) {
    this.setRule('rule.formula', v, (f) => (f.formula = v));
  }
  _scalar(name: string, t: FormatTarget): unknown {
    return name === 'formula' ? t.format.formula : NO_SUCH_PROPERTY;
  }
}

export class HostRuleFill extends RulePart {
  set color(v: string) {
    this.setRule('format.fill.color', v, (f) => (f.fill = v.replace('#', '').toUpperCase()));
  }
  _scalar(name: string, t: FormatTarget): unknown {
    return name === 'color' ? (t.format.fill === null ? null : `#${t.format.fill}`) : NO_SUCH_PROPERTY;
  }
}

export class HostRuleFont extends RulePart {
  set color(v: string) {
    this.setRule('format.font.color', v, (f) => (f.fontColor = v.replace('#', '').toUpperCase()));
  }
  set bold(v: boolean) {
    this.setRule('format.font.bold', v, (f) => (f.bold = v));
  }
  _scalar(name: string, t: FormatTarget): unknown {
    if (name === 'color') return t.format.fontColor === null ? null : `#${t.format.fontColor}`;
    return name === 'bold' ? t.format.bold : NO_SUCH_PROPERTY;
  }
}

export class HostRuleFormat extends HostObject<FormatTarget> {
  private _fill?: HostRuleFill;
  private _font?: HostRuleFont;
  get fill(): HostRuleFill {
    return (this._fill ??= new HostRuleFill(this.context, `#${this._id}.fill`, () => this._resolve()));
  }
  get font(): HostRuleFont {
    return (this._font ??= new HostRuleFont(this.context, `#${this._id}.font`, () => this._resolve()));
  }
  _scalar(): unknown {
    return NO_SUCH_PROPERTY;
  }
  override _child(name: string): HostObject | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }
}

/** Excel.CustomConditionalFormat: a formula rule and its format. */
export class HostCustomFormat extends HostObject<FormatTarget> {
  private _rule?: HostRule;
  private _format?: HostRuleFormat;
  get rule(): HostRule {
    return (this._rule ??= new HostRule(this.context, `#${this._id}.rule`, () => this._resolve()));
  }
  get format(): HostRuleFormat {
    return (this._format ??= new HostRuleFormat(this.context, `#${this._id}.format`, () => this._resolve()));
  }
  _scalar(): unknown {
    return NO_SUCH_PROPERTY;
  }
  override _child(name: string): HostObject | undefined {
    return name === 'rule' ? this.rule : name === 'format' ? this.format : undefined;
  }
}
