import { graphql } from '../generated';

/** The corrective-action board: every action, its state on asOf, its finding and the evidence closing it. */
export const CorrectiveActionsQuery = graphql(`
  query CorrectiveActions($asOf: Date, $after: String) {
    correctiveActions(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          description
          dueOn
          completedOn
          state(asOf: $asOf)
          finding {
            id
            title
            kind
            status
          }
          closedBy {
            id
            title
            freshness(asOf: $asOf)
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

/** Findings with where they were raised and the state of their actions on asOf. */
export const FindingsQuery = graphql(`
  query Findings($asOf: Date, $after: String) {
    findings(first: 100, after: $after) {
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
          raisedOn
          closedOn
          raisedIn {
            ...NodeRefFields
          }
          concerns {
            ...NodeRefFields
          }
          correctiveActions {
            id
            state(asOf: $asOf)
          }
        }
      }
    }
  }
`);
