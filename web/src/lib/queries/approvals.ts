import { graphql } from '../generated';

/** What the approvals queue shows of a change request, and what a decision answers with. */
export const ChangeRequestFields = graphql(`
  fragment ChangeRequestFields on ChangeRequest {
    id
    title
    kind
    description
    riskReview
    riskTier
    requiredApprovals
    approvalsMissing
    status
    requestedAt
    deployedOn
    deploymentNote
    deployedWithoutApproval
    changes {
      ...NodeRefFields
    }
    risks {
      id
      title
    }
    requestedBy {
      id
      name
    }
    approvers {
      person {
        id
        name
        jobTitle
      }
      approval {
        id
        decision
        decidedAt
        comment
      }
    }
  }
`);

/** The approvals queue, a page at a time (newest first); the view reads every page and sorts. */
export const ChangeRequestsQuery = graphql(`
  query ChangeRequests($after: String) {
    changeRequests(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ChangeRequestFields
        }
      }
    }
  }
`);

/** One named approver's decision on a request; a rejection rejects it. */
export const DecideChangeMutation = graphql(`
  mutation DecideChange($input: DecideChangeInput!) {
    decideChange(input: $input) {
      ...ChangeRequestFields
    }
  }
`);
