import { graphql } from '../generated';

/** Stale and expiring evidence, a page at a time, with what each backs and whom it affects. */
export const StaleEvidenceQuery = graphql(`
  query StaleEvidence($asOf: Date, $withinDays: Int, $first: Int, $after: String) {
    staleEvidence(asOf: $asOf, withinDays: $withinDays, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      rows {
        id
        title
        kind
        freshness
        expiresOn
        daysLeft
        recordedAt
        reviewState
        sha256
        owners {
          id
          label
          name
        }
        backs {
          control {
            id
            title
          }
          clauses {
            id
            title
          }
          implementation {
            id
            status
          }
          scope {
            id
            label
            name
          }
        }
        affectedSystems {
          id
          name
          riskTier
          customerFacing
        }
      }
    }
  }
`);

/** Only what the expiry timeline draws, so it can take every row in few requests. */
export const ExpiryTimelineQuery = graphql(`
  query ExpiryTimeline($asOf: Date, $withinDays: Int, $after: String) {
    staleEvidence(asOf: $asOf, withinDays: $withinDays, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      rows {
        id
        title
        expiresOn
        daysLeft
        freshness
      }
    }
  }
`);

/** All evidence, filtered by freshness on asOf, with the implementations it supports. */
export const EvidenceListQuery = graphql(`
  query EvidenceList($asOf: Date, $filter: EvidenceFilter, $first: Int, $after: String) {
    evidence(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          kind
          recordedAt
          expiresOn
          reviewState
          freshness(asOf: $asOf)
          supports {
            id
            status
            control {
              id
              title
            }
          }
        }
      }
    }
  }
`);
