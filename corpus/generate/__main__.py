from corpus.generate.build import main

main()
