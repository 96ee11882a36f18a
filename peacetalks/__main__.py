from peacetalks.cli import main

raise SystemExit(main())
