"""The domain model: plans, decisions, tasks, the organisation registry, deadlines."""
