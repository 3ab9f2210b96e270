/** One next step with the time frame and status entries that belong to it (SPEC 2.3). */
export interface AlignedStep {
  text: string;
  /** The step's time frame entry, or null when it has none. */
  timeframeText: string | null;
  /** The step's status entry, or null when it has none (status unknown). */
  statusText: string | null;
}

/** A row's steps, and how well its time frame and status cells lined up with them. */
export interface AlignedSteps {
  steps: AlignedStep[];
  /** Time frame entries beyond the last step; the caller warns, naming the cell. */
  extraTimeframes: number;
  /** Status entries beyond the last step; the caller warns, naming the cell. */
  extraStatuses: number;
  /** True when there are several time frames and not one per step. */
  unmatchedTimeframes: boolean;
  /** True when there are several statuses and not one per step. */
  unmatchedStatuses: boolean;
}
