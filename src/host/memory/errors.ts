/*
 * The errors Excel's JavaScript API raises, with the codes and English message texts of the
 * real library (office_strings.js of @microsoft/office-js and the Excel error-code reference),
 * so code written against the host handles exactly what Excel throws.
 */

export type HostErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RangeExceedsLimit'
  | 'GeneralException';

const LIMITS_DOC = 'https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins';

const MESSAGES: Readonly<Record<HostErrorCode, string>> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'The resource being created already exists.',
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidOperationInCellEditMode:
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  RequestPayloadSizeLimitExceeded: `The request payload size has exceeded the limit. Please refer to the documentation: "${LIMITS_DOC}".`,
  ResponsePayloadSizeLimitExceeded: `The response payload size has exceeded the limit. Please refer to the documentation: "${LIMITS_DOC}".`,
  RangeExceedsLimit: `The cell count in the range has exceeded the maximum supported number. See the Resource limits and performance optimization for Office Add-ins article (${LIMITS_DOC}).`,
  GeneralException: 'There was an internal error while processing the request.',
};

/**
 * An error shaped like OfficeExtension.Error ("RichApi.Error"): a code from Excel.ErrorCodes,
 * the localised message and debugInfo naming where it happened.
 * @example hostError('ItemNotFound', 'WorksheetCollection.getItem').code // 'ItemNotFound'
 */
export class HostError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  constructor(
    readonly code: HostErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation === undefined ? {} : { errorLocation }) };
  }
}

/**
 * The error Excel raises for a code, with its real message text.
 * @example hostError('PropertyNotLoaded', 'values').message.startsWith("The property 'values' is not available") // true
 */
export function hostError(code: HostErrorCode, location?: string): HostError {
  const text = MESSAGES[code].replace('{0}', location ?? '');
  return new HostError(code, text, location);
}
