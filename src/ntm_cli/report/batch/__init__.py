"""Reports on a batch of communes (`ntm batch`)."""
