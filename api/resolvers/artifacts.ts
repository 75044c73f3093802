import { artifactOf, verifyArtifacts } from '../../graph/index.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { PAGE_CAP } from '../limits.js';
import { artifactPath } from '../routes/artifactRoutes.js';

/** Evidence.artifact from the node's own properties, and Query.verifyEvidence over the request's artifact store. */
export const artifactResolvers: Resolvers = {
  Evidence: {
    artifact: (evidence) => {
      const artifact = artifactOf(evidence);
      return artifact && { ...artifact, downloadUrl: artifactPath(evidence.id) };
    },
  },
  Query: {
    verifyEvidence: async (_, { ids }, { graph, artifacts, loaders }) => {
      if (ids && ids.length > PAGE_CAP) throw badInput('ids', `ids may name at most ${PAGE_CAP} evidence items; leave it out to verify every stored artifact.`);
      const report = await verifyArtifacts(graph, artifacts, { ids: ids ?? undefined });
      const evidence = await Promise.all(report.problems.map((p) => loaders.node.load(p.evidenceId)));
      return {
        checked: report.checked,
        ok: report.ok,
        // An item deleted since it was checked has no problem left to report.
        problems: report.problems.flatMap((p, i) => (evidence[i] ? [{ evidence: evidence[i], sha256: p.sha256, status: p.status }] : [])),
      };
    },
  },
};
