"""The daily digest: compose the email, keep it in the outbox, send it."""
