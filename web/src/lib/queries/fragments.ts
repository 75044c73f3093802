import { graphql } from '../generated';

/** The why of an answer: nodes in order and the relationships between them. */
export const WhyFields = graphql(`
  fragment WhyFields on WhyPath {
    nodes {
      id
      label
      name
    }
    relationships {
      from
      to
      type
    }
  }
`);

/** Evidence behind an implementation or control, counted by freshness. */
export const EvidenceCounts = graphql(`
  fragment EvidenceCounts on EvidenceSummary {
    best
    current
    expiring
    stale
    superseded
    rejected
    total
  }
`);
