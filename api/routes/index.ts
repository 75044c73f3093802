import type { ArtifactStore } from '../../graph/artifacts/artifactStore.js';
import { artifactRoutes } from './artifactRoutes.js';
import { auditPackageRoutes } from './auditPackageRoutes.js';
import { inventoryRoutes } from './inventoryRoutes.js';
import { oscalRoutes } from './oscalRoutes.js';
import type { Route } from './route.js';

export { matchRoute, RouteError, runRoute, sendError, type Route, type RouteContext } from './route.js';

/** What the file routes need besides the caller's context. */
export interface RouteDeps {
  artifacts: ArtifactStore;
}

/**
 * Every HTTP route beside /graphql, in the order they are matched. Each module exports a function
 * of the deps giving its routes; add it here.
 */
export function routesFor(deps: RouteDeps): readonly Route[] {
  return [...artifactRoutes(deps), ...inventoryRoutes(deps), ...auditPackageRoutes(deps), ...oscalRoutes(deps)];
}
