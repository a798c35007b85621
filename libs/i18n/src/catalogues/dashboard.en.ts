/** The dashboard's own words (en): filled by the dashboard's pages, keys `dashboard.<key>`. */
export const DASHBOARD_EN: Readonly<Record<string, string>> = {};
