import { graphql } from '../generated';

/** The frameworks in the graph: ISO 42001 and those its crosswalk reaches. */
export const StandardsQuery = graphql(`
  query Standards {
    standards {
      id
      title
      publisher
      version
    }
  }
`);

/**
 * Another framework seen through our ISO 42001 work, a page of items at a time: the summary over
 * the whole framework, then each item with its routes (best first), each route with its why.
 */
export const FrameworkCoverageQuery = graphql(`
  query FrameworkCoverage($framework: ID!, $scopeId: ID!, $asOf: Date, $support: FrameworkSupport, $first: Int, $after: String) {
    frameworkCoverage(framework: $framework, scopeId: $scopeId, asOf: $asOf, support: $support, first: $first, after: $after) {
      framework {
        id
        title
      }
      scope {
        id
        label
        name
      }
      asOf
      summary {
        total
        supported
        partial
        unsupported
        unmapped
      }
      items {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        rows {
          requirement {
            id
            ref
            title
            kind
            parentId
          }
          support
          rolledUp
          routes {
            via {
              id
              label
              name
            }
            bridge {
              id
              label
              name
            }
            confidence
            source
            controlCount
            control {
              id
              title
            }
            status
            evidence
            support
            why {
              ...WhyFields
            }
          }
        }
      }
    }
  }
`);
