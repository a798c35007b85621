import { ApiError, SIGNED_OUT } from './api.js';
import { accidentsView, leaveAccidents } from './accidents.view.js';
import { cadreView, cadresView } from './cadres.view.js';
import { caseView } from './case.view.js';
import { casesView, closedCasesView } from './cases.view.js';
import { departmentsView, leaveDepartments } from './departments.view.js';
import { dutyView } from './duty.view.js';
import { h, useTimeZone } from './dom.js';
import { closeDrillDown, wireDrillDown } from './drill-down.js';
import { currentLanguage, t, translateShell, useLanguage } from './i18n.js';
import { describeLag, followProjections } from './live.js';
import { departments, forgetDepartments } from './organisation.js';
import { forget, seesPersonalDetails, signIn, storedAnswer, storedToken } from './session.js';

/** Hash routes: the first word picks the view; further words are its parameters. */
const ROUTES = {
  departments: { render: departmentsView, personal: false },
  accidents: { render: accidentsView, personal: false },
  cases: {
    render: (context) => (context.params.length > 0 ? caseView : casesView)(context),
    personal: false,
  },
  closed: { render: closedCasesView, personal: false },
  cadres: {
    render: (context) => (context.params.length > 0 ? cadreView : cadresView)(context),
    personal: true,
  },
  duties: { render: dutyView, personal: true },
};

const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** The signed-in caller and the live stream (once opened), or undefined when signed out. */
let session =
  /** @type {{token: string, role: string, subject: string, live: {stop: () => void} | undefined} | undefined} */ (
    undefined
  );
let lastPositions = '';
let rendering = false;
let renderAgain = false;
let shownRoute = '';

/** The route of the address's hash; a malformed one is a route that matches no view. */
function route() {
  try {
    const words = location.hash
      .replace(/^#\/?/, '')
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent);
    return { name: words[0] ?? 'departments', params: words.slice(1) };
  } catch {
    return { name: '', params: [] };
  }
}

function markNavigation(name) {
  for (const link of document.querySelectorAll('#main-nav a')) {
    if (link.getAttribute('href') === `#/${name}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function problem(error) {
  if (error instanceof ApiError && error.status === 404) return t('page.notFound');
  if (error instanceof ApiError && error.status === 403) return t('page.forbidden');
  return t('page.failed', { message: error.message });
}

/** Renders the current route; a live refresh keeps the focus on the control that had it. */
async function render() {
  if (!session) return;
  if (rendering) {
    renderAgain = true;
    return;
  }
  rendering = true;
  try {
    await renderRoute(session);
  } finally {
    rendering = false;
  }
  if (renderAgain) {
    renderAgain = false;
    void render();
  }
}

/**
 * A route's content for a caller (its data fetched, nothing shown yet), and what to run once it
 * is in the page.
 * @param {{token: string, role: string}} caller
 * @param {string} name
 * @param {string[]} params
 */
async function viewContent(caller, name, params) {
  const entry = Object.hasOwn(ROUTES, name) ? ROUTES[name] : undefined;
  /** @type {(() => void)[]} */
  const mounted = [];
  let content;
  try {
    if (!entry)
      content = h(
        'section',
        {},
        h('h1', {}, t('page.noSuchPage')),
        h('p', {}, h('a', { href: '#/departments' }, t('page.toDepartments'))),
      );
    else if (entry.personal && !seesPersonalDetails(caller.role)) {
      content = h(
        'section',
        { 'data-testid': 'not-for-role' },
        h('h1', {}, t('page.notForRole')),
        h('p', {}, t('page.personalOnly', { role: caller.role })),
      );
    } else {
      content = await entry.render({
        token: caller.token,
        role: caller.role,
        personal: seesPersonalDetails(caller.role),
        params,
        refresh: () => void render(),
        mounted: (callback) => mounted.push(callback),
      });
    }
  } catch (error) {
    content = h(
      'section',
      {},
      h('h1', {}, t('page.missing')),
      h('p', { class: 'error', role: 'alert' }, problem(error)),
    );
  }
  return { content, mounted };
}

/**
 * The view a reloaded tab asked for while its token was being checked again, with what the api
 * had last said of the token (start); shown only if the check says the same, in the same language.
 * @type {{key: string, language: string, caller: {token: string, subject: string, role: string, timeZone: string}, view: ReturnType<typeof viewContent>} | undefined}
 */
let early;

/** The early view, if it was asked for the route `key` as the signed-in caller is. */
function takeEarly(signedIn, key) {
  const asked = early;
  early = undefined;
  if (!asked || asked.key !== key || asked.language !== currentLanguage()) return undefined;
  const { caller, view } = asked;
  const same = ['token', 'subject', 'role', 'timeZone'].every(
    (field) => caller[field] === signedIn[field],
  );
  return same ? view : undefined;
}

async function renderRoute(signedIn) {
  const view = byId('view');
  const { name, params } = route();
  const key = [name, ...params].join('/');
  const navigated = key !== shownRoute;
  markNavigation(name);
  view.setAttribute('aria-busy', 'true');
  if (navigated) view.dataset.state = 'loading';
  const { content, mounted } = await (takeEarly(signedIn, key) ??
    viewContent(signedIn, name, params));
  // Signed out (or in as someone else) while loading: this content is no longer wanted.
  if (session !== signedIn) return;
  const focusedKey = view.contains(document.activeElement)
    ? document.activeElement?.getAttribute('data-key')
    : null;
  if (shownRoute.startsWith('accidents') && name !== 'accidents') leaveAccidents();
  if (shownRoute.startsWith('departments') && name !== 'departments') leaveDepartments();
  if (!(name === 'cases' && params.length > 0)) delete document.body.dataset.printTitle;
  view.replaceChildren(content);
  view.hidden = false;
  for (const callback of mounted) callback();
  view.dataset.state = 'ready';
  view.dataset.route = key;
  view.removeAttribute('aria-busy');
  shownRoute = key;
  // The view's heading takes the focus after a navigation (and keeps it over a live refresh).
  const heading = view.querySelector('h1');
  heading?.setAttribute('tabindex', '-1');
  heading?.setAttribute('data-key', 'view-heading');
  if (navigated && heading) {
    heading.focus();
  } else if (focusedKey) {
    /** @type {HTMLElement | null} */ (
      view.querySelector(`[data-key="${CSS.escape(focusedKey)}"]`)
    )?.focus();
  }
  performance.mark('dutyledger:rendered');
}

function onReport(report) {
  const lag = describeLag(report);
  const status = byId('live-status');
  status.textContent = lag.text;
  status.dataset.state = lag.behind ? 'behind' : 'current';
  status.dataset.headPosition = report.headPosition;
  const positions = report.projections.map((projection) => projection.position).join(',');
  if (positions !== lastPositions) {
    const first = lastPositions === '';
    lastPositions = positions;
    if (!first) {
      forgetDepartments();
      void render();
    }
  }
}

function onLiveState(state) {
  const status = byId('live-status');
  if (state === 'connecting' && !status.dataset.state) status.textContent = t('live.connecting');
  if (state === 'broken') {
    status.textContent = t('live.broken');
    status.dataset.state = 'broken';
  }
}

/**
 * The never-ending live stream is opened once the first view is shown and the page has loaded,
 * so that it neither delays the first render nor keeps the page "loading" for tools.
 */
async function followOnceShown(signedIn) {
  await render();
  if (document.readyState !== 'complete') {
    await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  }
  if (session === signedIn && !signedIn.live) {
    signedIn.live = followProjections(signedIn.token, onReport, onLiveState);
  }
}

function showSignedIn(answer) {
  useTimeZone(answer.timeZone);
  session?.live?.stop();
  session = { ...answer, live: undefined };
  byId('session-subject').textContent = answer.subject;
  byId('session-role').textContent = answer.role;
  byId('session').hidden = false;
  byId('sign-in').hidden = true;
  byId('main-nav').hidden = false;
  for (const item of document.querySelectorAll('[data-personal]')) {
    /** @type {HTMLElement} */ (item).hidden = !seesPersonalDetails(answer.role);
  }
  shownRoute = '';
  void followOnceShown(session);
}

function showSignedOut(message = '') {
  session?.live?.stop();
  session = undefined;
  lastPositions = '';
  shownRoute = '';
  forget();
  forgetDepartments();
  leaveAccidents();
  leaveDepartments();
  closeDrillDown();
  byId('session').hidden = true;
  byId('main-nav').hidden = true;
  byId('view').hidden = true;
  byId('view').replaceChildren();
  const status = byId('live-status');
  status.textContent = t('live.notConnected');
  delete status.dataset.state;
  byId('sign-in').hidden = false;
  byId('sign-in-error').textContent = message;
  /** @type {HTMLInputElement} */ (byId('token')).value = '';
  byId('token').focus();
  performance.mark('dutyledger:rendered');
}

function wire() {
  wireDrillDown();
  byId('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const field = /** @type {HTMLInputElement} */ (byId('token'));
    byId('sign-in-error').textContent = '';
    try {
      showSignedIn(await signIn(field.value));
      field.value = '';
    } catch (error) {
      byId('sign-in-error').textContent = error.message;
      field.focus();
    }
  });
  byId('sign-out').addEventListener('click', () => showSignedOut(t('session.signedOut')));
  window.addEventListener(SIGNED_OUT, () => {
    if (session) showSignedOut(t('session.expired'));
  });
  const language = /** @type {HTMLSelectElement} */ (byId('language'));
  language.addEventListener('change', async () => {
    await useLanguage(language.value);
    translateShell();
    if (session) {
      // The view again in the chosen language, the live status on its next report.
      shownRoute = '';
      void render();
    } else {
      byId('live-status').textContent = t('live.notConnected');
    }
  });
  window.addEventListener('hashchange', () => {
    closeDrillDown();
    void render();
  });
}

async function start() {
  // The words and the session are asked for at once: neither waits for the other.
  const token = storedToken();
  const checked = token
    ? signIn(token).then(
        (answer) => ({ answer, error: undefined }),
        (error) => ({ answer: undefined, error }),
      )
    : undefined;
  // So is the department tree, which nearly every view shows (kept for the views; a token the
  // api refuses is signed out by the session check, and its failed tree is forgotten).
  if (token) departments(token).catch(() => undefined);
  try {
    await useLanguage(currentLanguage());
  } catch (error) {
    // Without its words the page still works: each label shows its key.
    console.warn('the messages could not be loaded', error);
  }
  /** @type {HTMLSelectElement} */ (byId('language')).value = currentLanguage();
  translateShell();
  byId('live-status').textContent = t('live.notConnected');
  wire();
  if (!location.hash) history.replaceState(null, '', '#/departments');
  if (!checked) return showSignedOut();
  // A reloaded tab asks for its view as the api last said it may while the token is checked
  // again; the view is shown only once the check says the same (renderRoute), never before.
  const known = storedAnswer();
  if (token && known) {
    const { name, params } = route();
    const caller = { ...known, token };
    useTimeZone(caller.timeZone);
    early = {
      key: [name, ...params].join('/'),
      language: currentLanguage(),
      caller,
      view: viewContent(caller, name, params),
    };
  }
  const { answer, error } = await checked;
  if (answer) showSignedIn(answer);
  else {
    early = undefined;
    showSignedOut(error?.message);
  }
}

void start();
