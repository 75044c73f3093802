import { graphql } from '../generated';

/**
 * What the canvas needs to draw any node: its type, a name and its state on asOf (evidence
 * freshness, implementation status). Titles stand in for names on catalog types.
 */
export const GraphRef = graphql(`
  fragment GraphRef on Node {
    __typename
    id
    ... on Organization { name }
    ... on AISystem { name riskTier }
    ... on Model { name }
    ... on Dataset { name }
    ... on Vendor { name }
    ... on Person { name }
    ... on Team { name }
    ... on KPI { name }
    ... on Risk { title }
    ... on Implementation { status }
    ... on Evidence { title freshness(asOf: $asOf) }
    ... on Control { title }
    ... on Clause { title }
    ... on ControlArea { title }
    ... on ControlObjective { title }
    ... on Policy { title }
    ... on Incident { title }
    ... on Requirement { title }
    ... on RiskSource { title }
    ... on Standard { title }
    ... on OrganizationalObjective { title }
    ... on ChangeRequest { title changeStatus: status }
    ... on Approval { decision }
    ... on ImpactAssessment { title }
    ... on Finding { title findingStatus: status }
    ... on CorrectiveAction { title actionState: state(asOf: $asOf) }
    ... on Audit { title auditStatus: status }
    ... on ManagementReview { title }
  }
`);

/**
 * A node with every relationship field the schema gives its type (graph/README's model), plus the
 * implementations scoped to it, which organisations, models, datasets and vendors have no field for.
 */
export const NeighboursQuery = graphql(`
  query Neighbours($id: ID!, $asOf: Date) {
    node(id: $id) {
      ...GraphRef
      ... on Organization {
        sector
        description
        systems { ...GraphRef }
      }
      ... on AISystem {
        description
        systemKind: kind
        lifecycleStage
        customerFacing
        owners { ...GraphRef }
        dependsOn { ...GraphRef }
        dependents { ...GraphRef }
        models { ...GraphRef }
        datasets { ...GraphRef }
        vendors { ...GraphRef }
        risks { ...GraphRef }
        implementations { ...GraphRef }
        changeRequests { ...GraphRef }
        impactAssessments { ...GraphRef }
        incidents { ...GraphRef }
        kpis { ...GraphRef }
      }
      ... on Model {
        version
        modelType
        description
        owners { ...GraphRef }
        trainedOn { ...GraphRef }
        vendors { ...GraphRef }
        systems { ...GraphRef }
        changeRequests { ...GraphRef }
      }
      ... on Dataset {
        description
        personalData
        provenance
        owners { ...GraphRef }
        vendors { ...GraphRef }
        systems { ...GraphRef }
        risks { ...GraphRef }
        changeRequests { ...GraphRef }
      }
      ... on Vendor {
        service
        criticality
        lastAssessedOn
        owners { ...GraphRef }
        systems { ...GraphRef }
        models { ...GraphRef }
        datasets { ...GraphRef }
      }
      ... on Risk {
        description
        category
        inherentScore
        residualScore
        appetite
        owners { ...GraphRef }
        threatens { ...GraphRef }
        mitigatedBy { ...GraphRef }
        sources { ...GraphRef }
        incidents { ...GraphRef }
      }
      ... on Implementation {
        description
        justification
        updatedOn
        owners { ...GraphRef }
        control { ...GraphRef }
        scope { ...GraphRef }
        evidence { ...GraphRef }
      }
      ... on Evidence {
        evidenceKind: kind
        sha256
        uri
        recordedAt
        expiresOn
        reviewState
        owners { ...GraphRef }
        supports { ...GraphRef }
        supersedes { ...GraphRef }
        supersededBy { ...GraphRef }
        closes { ...GraphRef }
      }
      ... on Person {
        jobTitle
        aimsRole
        teams { ...GraphRef }
        owns { ...GraphRef }
      }
      ... on Team {
        purpose
        members { ...GraphRef }
        owns { ...GraphRef }
      }
      ... on Policy {
        summary
        policyVersion: version
        owners { ...GraphRef }
        addresses { ...GraphRef }
      }
      ... on Incident {
        summary
        severity
        incidentStatus: status
        rootCause
        customersAffected
        occurredAt
        respondedAt
        resolvedAt
        owners { ...GraphRef }
        affected { ...GraphRef }
        materialised { ...GraphRef }
        failedControls { ...GraphRef }
        findings { ...GraphRef }
      }
      ... on KPI {
        unit
        direction
        lastValue
        threshold
        target
        breached
        owners { ...GraphRef }
        systems { ...GraphRef }
        risks { ...GraphRef }
      }
      ... on Measurement {
        value
        measuredOn
        note
        measurementBreached: breached
        kpi { ...GraphRef }
      }
      ... on ChangeRequest {
        changeKind: kind
        description
        riskReview
        riskTier
        requiredApprovals
        approvalsMissing
        requestedAt
        deployedOn
        deploymentNote
        deployedWithoutApproval
        changes { ...GraphRef }
        risks { ...GraphRef }
        requestedBy { ...GraphRef }
        approvers {
          person { ...GraphRef }
        }
      }
      ... on Approval {
        decidedAt
        comment
        givenBy { ...GraphRef }
        changeRequest { ...GraphRef }
      }
      ... on ImpactAssessment {
        assessedOn
        reviewDueOn
        assessmentState: state(asOf: $asOf)
        overallImpact
        brandRisk
        individuals
        groups
        society
        owners { ...GraphRef }
        system { ...GraphRef }
      }
      ... on Finding {
        findingKind: kind
        description
        raisedOn
        closedOn
        owners { ...GraphRef }
        raisedIn { ...GraphRef }
        concerns { ...GraphRef }
        correctiveActions { ...GraphRef }
      }
      ... on CorrectiveAction {
        description
        dueOn
        completedOn
        owners { ...GraphRef }
        finding { ...GraphRef }
        closedBy { ...GraphRef }
      }
      ... on Audit {
        auditKind: kind
        startsOn
        endsOn
        summary
        owners { ...GraphRef }
        covers { ...GraphRef }
        auditors { ...GraphRef }
        findings { ...GraphRef }
      }
      ... on ManagementReview {
        heldOn
        summary
        decisions
        owners { ...GraphRef }
        reviewed { ...GraphRef }
        attendees { ...GraphRef }
      }
      ... on Clause {
        summary
        parent { ...GraphRef }
        subclauses { ...GraphRef }
        controls { ...GraphRef }
        mappings {
          requirement { ...GraphRef }
        }
      }
      ... on ControlArea {
        summary
        objectives { ...GraphRef }
      }
      ... on ControlObjective {
        summary
        area { ...GraphRef }
        controls { ...GraphRef }
      }
      ... on Control {
        summary
        objective { ...GraphRef }
        clauses { ...GraphRef }
        implementations { ...GraphRef }
        risks { ...GraphRef }
        mappings {
          requirement { ...GraphRef }
        }
      }
      ... on Requirement {
        text
        framework
        parent { ...GraphRef }
      }
    }
    scoped: implementations(filter: { scopeId: $id }, first: 100) {
      edges {
        node { ...GraphRef }
      }
    }
  }
`);

/** Nodes by id, to put search results and focus nodes on the canvas. */
export const GraphNodesQuery = graphql(`
  query GraphNodes($ids: [ID!]!, $asOf: Date) {
    nodes(ids: $ids) {
      ...GraphRef
    }
  }
`);

/** The shortest path between two nodes on the canvas, with what the canvas needs to draw it. */
export const GraphPathQuery = graphql(`
  query GraphPath($from: ID!, $to: ID!, $asOf: Date) {
    path(from: $from, to: $to) {
      nodes {
        id
        label
        name
        node { ...GraphRef }
      }
      relationships {
        from
        to
        type
      }
    }
  }
`);

/** Controls to outline on the canvas: uncovered for the organisation, or for the focus system. */
export const UncoveredQuery = graphql(`
  query Uncovered($asOf: Date, $systemId: ID!, $isSystem: Boolean!) {
    gaps(asOf: $asOf) {
      uncoveredControls {
        id
      }
    }
    aiSystem(id: $systemId) @include(if: $isSystem) {
      coverage(asOf: $asOf) {
        uncovered {
          id
        }
      }
    }
  }
`);

/** The stress route: implementations with their control, scope and evidence, a page at a time. */
export const StressQuery = graphql(`
  query Stress($asOf: Date, $after: String) {
    implementations(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...GraphRef
          ... on Implementation {
            control { ...GraphRef }
            scope { ...GraphRef }
            evidence { ...GraphRef }
          }
        }
      }
    }
  }
`);
