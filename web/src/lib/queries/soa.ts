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
