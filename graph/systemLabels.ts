/**
 * The bookkeeping labels of the model (change history, API keys, idempotent writes, load
 * checkpoints, migrations), apart from the domain's; model.ts spreads them into `labels`.
 */

import { id, int, text, type LabelSpec } from './modelSpec.js';

export const systemLabels = {
  ChangeEvent: {
    doc: 'One mutation, recorded in the same transaction: who changed what, when, and the node before and after.',
    group: 'system',
    properties: {
      id: id('e.g. `CHG-…` (random).'),
      targetId: text('Id of the node changed, or of the relationship\'s start node.', { required: true, indexed: true }),
      otherId: text('For link and unlink: id of the relationship\'s end node.', { indexed: true }),
      relationship: text('For link and unlink: the relationship type.'),
      targetLabel: text('Label of that node.', { required: true }),
      operation: text('create, update, delete, link or unlink.', { required: true }),
      actor: text('Name and id of the API key that made the change.', { required: true }),
      at: { type: 'datetime', doc: 'When the transaction ran.', required: true, indexed: true },
      before: text('The node\'s properties before, as JSON; null on create.'),
      after: text('The node\'s properties after, as JSON; null on delete.'),
      links: text('For delete: the relationships that went with the node, as a JSON list of `{type, direction (out: from it), otherId, properties}`; what lets graph/timeTravel rebuild it as it was.'),
    },
  },
  ApiKey: {
    doc: 'An API key. Only a salted hash of the secret is stored.',
    group: 'system',
    properties: {
      id: id('Public part of the key, e.g. `key_…`.'),
      name: text('What the key is for.', { required: true }),
      role: text('viewer, auditor, editor or admin.', { required: true }),
      salt: text('Random salt.', { required: true }),
      hash: text('scrypt(secret, salt) in hex.', { required: true }),
      createdAt: { type: 'datetime', doc: 'When it was created.', required: true },
      expiresAt: { type: 'datetime', doc: 'When it stops working, if ever.' },
      revokedAt: { type: 'datetime', doc: 'When it was revoked.' },
    },
  },
  IdempotentWrite: {
    doc: 'A mutation sent with an Idempotency-Key, recorded in its own transaction: the same key again replays this answer instead of writing twice. Kept a day.',
    group: 'system',
    properties: {
      id: id('API key id, Idempotency-Key and the mutation\'s place in the operation.'),
      fingerprint: text('sha256 of the mutation\'s name and arguments: the key reused for other input is refused.', { required: true }),
      result: text('What the write returned, as JSON.'),
      at: { type: 'datetime', doc: 'When it was written; older than a day, it is deleted.', required: true, indexed: true },
    },
  },
  LoadCheckpoint: {
    doc: 'How far a long, resumable load has come: run again, it starts after the last chunk done.',
    group: 'system',
    properties: {
      id: id('The load, e.g. `generate:large:seed-42`.'),
      chunksDone: int('Chunks fully loaded.', { required: true }),
      chunksTotal: int('Chunks in the whole load.'),
      updatedAt: { type: 'datetime', doc: 'When the last chunk finished.' },
    },
  },
  Migration: {
    doc: 'A schema migration applied to this database.',
    group: 'system',
    properties: {
      id: id('e.g. `001-schema`.'),
      description: text('What it does.'),
      checksum: text('sha256 of its statements; a change makes it apply again.'),
      appliedAt: { type: 'datetime', doc: 'When it was last applied.' },
    },
  },
} as const satisfies Record<string, LabelSpec>;
