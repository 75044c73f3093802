import { graphql } from '../generated';

/** What depends on a vendor, dataset, model or system, nearest first, and the risks involved. */
export const ImpactQuery = graphql(`
  query Impact($id: ID!, $maxDepth: Int) {
    impact(id: $id, maxDepth: $maxDepth) {
      maxDepth
      subject {
        id
        label
        name
      }
      affectedCount
      customerFacingCount
      affectedByLabel {
        label
        count
      }
      riskCount
      affected {
        id
        label
        name
        distance
        riskTier
        customerFacing
        why {
          ...WhyFields
        }
      }
      risks {
        id
        label
        name
        residualScore
        threatens
      }
    }
  }
`);
