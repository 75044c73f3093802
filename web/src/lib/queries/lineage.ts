import { graphql } from '../generated';

/** Clauses → this control → implementations by scope → evidence, paginated over implementations. */
export const ControlLineageQuery = graphql(`
  query ControlLineage($id: ID!, $asOf: Date, $first: Int, $after: String) {
    control(id: $id) {
      id
      lineage(asOf: $asOf, first: $first, after: $after) {
        control {
          id
          title
          summary
        }
        area {
          id
          title
        }
        objective {
          id
          title
          summary
        }
        clauses {
          id
          title
        }
        implementations {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          rows {
            id
            status
            description
            justification
            updatedOn
            owners {
              id
              label
              name
            }
            scope {
              id
              label
              name
            }
            evidence {
              id
              title
              kind
              freshness
              sha256
              uri
              periodStart
              periodEnd
              recordedAt
              validUntil
              expiresOn
              reviewState
              supersedes
              supersededBy
              owners {
                id
                label
                name
              }
            }
          }
        }
      }
    }
  }
`);

/** This clause → the controls addressing it (or a subclause) → implementations, paginated over controls. */
export const ClauseLineageQuery = graphql(`
  query ClauseLineage($id: ID!, $asOf: Date, $first: Int, $after: String) {
    clause(id: $id) {
      id
      lineage(asOf: $asOf, first: $first, after: $after) {
        clause {
          id
          title
          summary
        }
        parent {
          id
          title
        }
        subclauses {
          id
          title
        }
        controls {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          rows {
            id
            title
            addresses
            evidence {
              ...EvidenceCounts
            }
            implementations {
              id
              status
              scope {
                id
                label
                name
              }
              evidence {
                ...EvidenceCounts
              }
            }
          }
        }
      }
    }
  }
`);

/** Every change that touched a node, newest first (auditor and admin keys only). */
export const HistoryQuery = graphql(`
  query History($id: ID!, $first: Int, $after: String) {
    history(id: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actor
          operation
          targetId
          targetLabel
          relationship
          otherId
          before
          after
        }
      }
    }
  }
`);
