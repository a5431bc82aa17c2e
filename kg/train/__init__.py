"""Training of kg's statistical components (run by ``make train``)."""
