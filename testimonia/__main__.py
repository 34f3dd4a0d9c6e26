from testimonia.cli import main

main()
