"""Feed checks spread over worker processes by a task queue in the PostgreSQL database."""
