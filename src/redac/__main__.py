from redac.cli import main

main()
