import { z } from 'zod'

// Zod's own messages in Dutch, for the rare check without a message of
// ours; every field a user fills in has its own wording in its schema.
z.config(z.locales.nl())
