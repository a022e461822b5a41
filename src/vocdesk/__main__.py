from vocdesk.cli import main

raise SystemExit(main())
