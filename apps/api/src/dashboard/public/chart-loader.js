/**
 * Chart.js (210 KB) is fetched by the views that draw a chart, the first time one is shown, not
 * with the page. It is a classic script beside this module (same version folder, so it is cached
 * with the rest) that sets `window.Chart`.
 */
let loading = /** @type {Promise<any> | undefined} */ (undefined);

/** @returns {Promise<any>} the Chart constructor */
export function loadChart() {
  const ready = /** @type {any} */ (window).Chart;
  if (ready) return Promise.resolve(ready);
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('./chart.umd.min.js', import.meta.url).href;
    script.onload = () => resolve(/** @type {any} */ (window).Chart);
    script.onerror = () => {
      loading = undefined;
      script.remove();
      reject(new Error('The chart library could not be loaded.'));
    };
    document.head.append(script);
  });
  return loading;
}
