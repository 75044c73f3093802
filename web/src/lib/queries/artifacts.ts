import { graphql } from '../generated';

/** An evidence item's stored artifact (null while none is uploaded), and the sha256 it declares. */
export const EvidenceArtifactQuery = graphql(`
  query EvidenceArtifact($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Evidence {
        title
        sha256
        artifact {
          sha256
          size
          mediaType
          name
          uploadedBy
          uploadedAt
          downloadUrl
        }
      }
    }
  }
`);

/** Re-hashes every stored artifact against its evidence's sha256. */
export const VerifyEvidenceQuery = graphql(`
  query VerifyEvidence($ids: [ID!]) {
    verifyEvidence(ids: $ids) {
      checked
      ok
      problems {
        sha256
        status
        evidence {
          id
          title
        }
      }
    }
  }
`);
