# Makes plain `pytest cases/ ...` collect case.toml files as matrix cells.
pytest_plugins = ["harness.plugin"]
