import { graphql } from '../generated';

/**
 * Any node the governance views link to (what a change touches, an audit's scope, what a review
 * reviewed): its type, for the link and the badge, and a readable name.
 */
export const NodeRefFields = graphql(`
  fragment NodeRefFields on Node {
    __typename
    id
    ... on Organization { name }
    ... on AISystem { name }
    ... on Model { name }
    ... on Dataset { name }
    ... on Vendor { name }
    ... on Person { name }
    ... on Team { name }
    ... on KPI { name }
    ... on Risk { title }
    ... on Control { title }
    ... on Clause { title }
    ... on Implementation { status }
    ... on Evidence { title }
    ... on Policy { title }
    ... on Incident { title }
    ... on ChangeRequest { title }
    ... on ImpactAssessment { title }
    ... on Finding { title }
    ... on CorrectiveAction { title }
    ... on Audit { title }
    ... on ManagementReview { title }
  }
`);
