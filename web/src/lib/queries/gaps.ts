import { graphql } from '../generated';

/** What is missing on asOf, each with the path that shows why it matters. */
export const GapsQuery = graphql(`
  query Gaps($asOf: Date) {
    gaps(asOf: $asOf) {
      asOf
      counts {
        uncoveredControls
        implementationsWithoutCurrentEvidence
        risksAboveAppetite
        unownedSystems
        unownedDatasets
        orphans
      }
      uncoveredControls {
        ...GapFields
      }
      implementationsWithoutCurrentEvidence {
        ...GapFields
      }
      risksAboveAppetite {
        ...GapFields
      }
      unownedSystems {
        ...GapFields
      }
      unownedDatasets {
        ...GapFields
      }
      orphans {
        ...GapFields
      }
    }
  }

  fragment GapFields on Gap {
    id
    label
    name
    reason
    why {
      ...WhyFields
    }
  }
`);
