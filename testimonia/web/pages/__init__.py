"""Page objects: what each page shows, built from the store; the HTML template and the JSON route share them."""
