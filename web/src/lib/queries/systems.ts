import { graphql } from '../generated';

/** The systems list, filtered by tier or lifecycle. */
export const SystemsQuery = graphql(`
  query Systems($first: Int, $after: String, $filter: AISystemFilter) {
    aiSystems(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          channel
          lifecycleStage
          riskTier
          customerFacing
        }
      }
    }
  }
`);

/** A system's facts and its coverage on asOf: covered (how and why), uncovered, excluded. */
export const SystemCoverageQuery = graphql(`
  query SystemCoverage($id: ID!, $asOf: Date) {
    aiSystem(id: $id) {
      id
      name
      kind
      channel
      lifecycleStage
      riskTier
      customerFacing
      description
      owners {
        ... on Person {
          id
          name
        }
        ... on Team {
          id
          name
        }
      }
      models {
        id
        name
        version
      }
      datasets {
        id
        name
      }
      vendors {
        id
        name
      }
      dependsOn {
        id
        name
      }
      dependents {
        id
        name
      }
      coverage(asOf: $asOf) {
        asOf
        covered {
          control {
            id
            title
          }
          how
          scope {
            id
            label
            name
          }
          implementation {
            id
            status
          }
          evidence {
            ...EvidenceCounts
          }
          why {
            ...WhyFields
          }
        }
        uncovered {
          id
          title
        }
        excluded {
          control {
            id
            title
          }
          how
          scope {
            id
            label
            name
          }
          implementation {
            id
            status
          }
          justification
          why {
            ...WhyFields
          }
        }
      }
    }
  }
`);
