import type { TrendResult } from "../trend/trend.js";

/** A trend formatter turns a trend into text; it never writes. */
export type TrendFormatter = (result: TrendResult) => string;
