"""The «Rapport» dialog: choose scenarios, write the recommendation, preview, print and save
the report as PDF, Excel and Word."""
