/** The dashboard's own words (zh-CN): filled by the dashboard's pages, keys `dashboard.<key>`. */
export const DASHBOARD_ZH_CN: Readonly<Record<string, string>> = {};
