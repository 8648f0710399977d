"""Reports on communes scored one by one (`ntm evaluate`)."""
