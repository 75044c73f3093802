import type { Route } from './route.js';

export { matchRoute, RouteError, runRoute, sendError, type Route, type RouteContext } from './route.js';

/**
 * Every HTTP route beside /graphql, in the order they are matched. Each module exports its
 * routes; add them here.
 */
export const routes: readonly Route[] = [];
