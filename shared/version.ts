/** The validator's version, written into every package's `validation.validator`. */
export const VALIDATOR_VERSION = "1.0.0";
