"""dsoconf harness: collect case.toml files, build and run cells, report a matrix."""
