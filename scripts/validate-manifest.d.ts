/** Types of scripts/validate-manifest.js, for the tests that call it. */

export interface ManifestError {
  /** 1-based line in the manifest, or null when xmllint gives none. */
  line: number | null;
  message: string;
}

export interface ManifestValidation {
  valid: boolean;
  errors: ManifestError[];
}

/** Validates manifest text against ../shared/schemas/manifest/OfficeAppManifestV1_1.xsd, offline. */
export function validateManifest(xml: string, fileName?: string, schemaDir?: string): Promise<ManifestValidation>;

/** The folder of the offline schemas. */
export const SCHEMA_DIR: string;
