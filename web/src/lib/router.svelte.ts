import { isIsoDate, todayIso } from './dates';
import { buildHref, matchRoute, type Params } from './routes';

/**
 * A tiny path router on the History API. The URL is the state: views read the route, its id and
 * query parameters from here, so every view can be shared, bookmarked and opened in a new tab.
 */
class Router {
  pathname = $state(location.pathname);
  search = $state(location.search);
  route = $derived(matchRoute(this.pathname));
  params = $derived(new URLSearchParams(this.search));
  /** The day every view answers for: `?asOf=`, or the user's today. */
  asOf = $derived.by(() => {
    const value = this.params.get('asOf');
    return isIsoDate(value) ? value : todayIso();
  });
  /** Bumped on every navigation, so the page can move focus to the new view. */
  visits = $state(0);

  sync(): void {
    this.pathname = location.pathname;
    this.search = location.search;
  }
}

export const router = new Router();

addEventListener('popstate', () => {
  router.sync();
  router.visits++;
});

export function navigate(to: string, { replace = false } = {}): void {
  const before = location.pathname;
  history[replace ? 'replaceState' : 'pushState'](null, '', to);
  router.sync();
  if (!replace && location.pathname !== before) {
    scrollTo(0, 0);
    router.visits++;
  }
}

/** A link to `path` that keeps the as-of day. */
export function href(path: string, params: Params = {}): string {
  return buildHref(path, params, router.params);
}

/** Changes query parameters of the current view, keeping all the others. */
export function setParams(params: Params, { replace = false } = {}): void {
  navigate(buildHref(location.pathname, params, router.params, [...router.params.keys()]), { replace });
}

/**
 * Lets plain `<a href>` links navigate without reloading, unless the user asked for a new tab or
 * window, a download, or a path the server owns.
 */
export function interceptLinks(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) return;
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin || /^\/(graphql|auth|health|api)(\/|$)/.test(url.pathname)) return;
  event.preventDefault();
  if (url.pathname + url.search === location.pathname + location.search && url.hash) {
    const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
    target?.scrollIntoView();
    if (target?.hasAttribute('tabindex')) target.focus();
    return;
  }
  navigate(url.pathname + url.search + url.hash);
}
