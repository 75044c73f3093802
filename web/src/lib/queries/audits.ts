import { graphql } from '../generated';

/** The audit programme: audits by start date, with scope, auditors and findings. */
export const AuditsQuery = graphql(`
  query Audits($after: String) {
    audits(first: 100, after: $after) {
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
          status
          startsOn
          endsOn
          summary
          covers {
            ...NodeRefFields
          }
          auditors {
            id
            name
          }
          findings {
            id
            title
            kind
            status
          }
        }
      }
    }
  }
`);

/** Management reviews: what they reviewed and what they decided. */
export const ManagementReviewsQuery = graphql(`
  query ManagementReviews($after: String) {
    managementReviews(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          heldOn
          summary
          decisions
          reviewed {
            ...NodeRefFields
          }
          attendees {
            id
            name
          }
        }
      }
    }
  }
`);
