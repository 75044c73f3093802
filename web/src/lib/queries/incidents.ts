import { graphql } from '../generated';

/** The incident timeline: every incident with the response its severity requires and what it touched. */
export const IncidentsQuery = graphql(`
  query Incidents($asOf: Date, $after: String) {
    incidents(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          severity
          status
          rootCause
          customersAffected
          summary
          occurredAt
          respondedAt
          resolvedAt
          late(asOf: $asOf)
          protocol {
            severity
            respondWithinHours
            resolveWithinHours
            notify
            steps
          }
          affected {
            id
            name
            riskTier
          }
          materialised {
            id
            title
          }
          failedControls {
            id
            title
          }
          findings {
            id
            title
            kind
            status
          }
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
        }
      }
    }
  }
`);
