"""The fagsystem catalogue: from installations as municipalities write them to distinct systems.

Qt-free. `normalize` turns a written name into a key (versions, years, vendor and hosting words
moved out), `reference` resolves keys against the bundled catalogue
(`desktop/resources/catalogue/fagsystemer.csv`), `cluster` groups what the catalogue does not
resolve, `pipeline` ties them into proposals, and `api` is what the CLI and the UI call:
suggestions, automatic deduplication, review primitives that return undoable change sets,
results and the reusable dictionary of decisions.
"""
