"""Internal core: tokens, documents, the per-call context, stages, the data loader."""
