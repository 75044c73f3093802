// Evidence artifacts, content-addressed: the store, attaching an upload to its evidence, verification. The CLI (verifyCli.ts) sits beside it.
export { ArtifactHashMismatchError, ArtifactTooLargeError, type ArtifactStore, type StoredArtifact } from './artifactStore.js';
export { FileArtifactStore, artifactStoreFor, defaultArtifactStore } from './fileArtifactStore.js';
export { artifactOf, type EvidenceArtifact } from './evidenceArtifact.js';
export { attachArtifact, checkArtifactUploadable, checkedMetadata, hashMismatch, type ArtifactUpload } from './attachArtifact.js';
export { verifyArtifacts, type ArtifactProblem, type ArtifactVerification, type VerifyOptions } from './verifyArtifacts.js';
