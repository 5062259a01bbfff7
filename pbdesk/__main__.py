from pbdesk.cli import main

raise SystemExit(main())
