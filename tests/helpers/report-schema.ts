import Ajv from 'ajv';
import schema from '../../schemas/report-v1.schema.json';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Fails the test with every schema error when a report does not match report-v1. */
export function expectValidReport(report: unknown): void {
  const ok = validate(report);
  if (!ok) throw new Error(`report does not match schemas/report-v1.schema.json:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
}
