import { graphql } from '../generated';

/** The Statement of Applicability of the organisation or one system: all 38 Annex A controls. */
export const SoaQuery = graphql(`
  query Soa($scopeId: ID!, $asOf: Date) {
    statementOfApplicability(scopeId: $scopeId, asOf: $asOf) {
      asOf
      scope {
        id
        label
        name
      }
      rows {
        applicable
        area {
          id
          title
        }
        control {
          id
          title
        }
        justification
        status
        implementationCount
        owners
        notes
        evidence {
          ...EvidenceCounts
        }
        exclusions {
          implementationId
          justification
          scope {
            id
            label
            name
          }
        }
      }
    }
  }
`);

/** What the scope picker offers: the organisation and every AI system. */
export const ScopesQuery = graphql(`
  query Scopes {
    organization {
      id
      name
    }
    aiSystems(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Controls whose row changed between two days, with the change events behind each (auditor, admin). */
export const SoaChangesQuery = graphql(`
  query SoaChanges($scopeId: ID!, $from: Date!, $to: Date!) {
    statementOfApplicabilityChanges(scopeId: $scopeId, from: $from, to: $to) {
      scope {
        id
        label
        name
      }
      from
      to
      rows {
        control {
          id
          title
        }
        applicabilityChanged
        statusChanged
        evidenceChanged
        from {
          applicable
          status
          evidence {
            ...EvidenceCounts
          }
        }
        to {
          applicable
          status
          evidence {
            ...EvidenceCounts
          }
        }
        eventCount
        events {
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
