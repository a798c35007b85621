// The browser build of intl-messageformat, served beside the dashboard's modules from
// node_modules (dashboard-assets.ts): its types are the package's.
export { IntlMessageFormat } from 'intl-messageformat';
